//! mistake: Python's `root + "/" + name` string concatenation applied to a `&Path`
//! offending: root + "/"
//! category: python-habit
use comprehensions::comp;
use std::path::Path;

fn main() {
    let root = Path::new("/var/www");
    let names = vec!["index.html", "about.html"];
    let full = comp![root + "/" + name for name in &names];
    println!("{full:?}");
}
