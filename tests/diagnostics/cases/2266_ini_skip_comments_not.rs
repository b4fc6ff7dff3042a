//! mistake: wrote Python's `not` to drop comment lines from an INI section
//! offending: not
//! category: python-habit
use comprehensions::comp;

const SSHD: &str = "# managed by ansible\nPort 2222\n  # legacy\nPermitRootLogin no\nPasswordAuthentication no\n";

fn main() {
    let directives = comp![
        l.trim() for l in SSHD.lines() if not l.trim_start().starts_with('#')
    ];
    println!("{} directives: {directives:?}", directives.len());
}
