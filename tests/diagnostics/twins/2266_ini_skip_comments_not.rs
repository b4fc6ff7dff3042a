//! mistake: wrote Python's `not` to drop comment lines from an INI section
//! offending: not
//! category: python-habit

const SSHD: &str = "# managed by ansible\nPort 2222\n  # legacy\nPermitRootLogin no\nPasswordAuthentication no\n";

fn main() {
    let directives: Vec<&str> = SSHD
        .lines()
        .filter(|l| not l.trim_start().starts_with('#'))
        .map(|l| l.trim())
        .collect();
    println!("{} directives: {directives:?}", directives.len());
}
