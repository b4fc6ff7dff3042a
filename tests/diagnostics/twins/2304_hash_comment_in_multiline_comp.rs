//! mistake: commented a clause of a multi-line comprehension with Python's `#`
//! offending: # skip blanks and comments
//! category: syntax

fn main() {
    let hosts_file = "# inventory\nweb01.prod\n\nweb02.prod\n# decommissioned: web03.prod\ndb01.prod\n";
    let hosts: Vec<&str> = hosts_file
        .lines()
        # skip blanks and comments
        .filter(|h| !h.trim().is_empty() && !h.starts_with('#'))
        .map(|h| h.trim())
        .collect();
    println!("{hosts:?}");
}
