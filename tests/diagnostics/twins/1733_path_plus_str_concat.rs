//! mistake: Python's `root + "/" + name` string concatenation applied to a `&Path`
//! offending: root + "/"
//! category: python-habit
use std::path::Path;

fn main() {
    let root = Path::new("/var/www");
    let names = vec!["index.html", "about.html"];
    let mut full = Vec::new();
    for name in &names {
        full.push(root + "/" + name);
    }
    println!("{full:?}");
}
