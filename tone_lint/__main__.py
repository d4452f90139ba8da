from tone_lint.cli import main

main()
