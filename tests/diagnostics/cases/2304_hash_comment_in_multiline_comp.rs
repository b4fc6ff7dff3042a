//! mistake: commented a clause of a multi-line comprehension with Python's `#`
//! offending: # skip blanks and comments
//! category: syntax
use comprehensions::comp;

fn main() {
    let hosts_file = "# inventory\nweb01.prod\n\nweb02.prod\n# decommissioned: web03.prod\ndb01.prod\n";
    let hosts = comp![
        h.trim()
        for h in hosts_file.lines()
        # skip blanks and comments
        if !h.trim().is_empty() && !h.starts_with('#')
    ];
    println!("{hosts:?}");
}
