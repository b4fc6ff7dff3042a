//! mistake: calls `.path()` on the items of `read_dir`, which are `io::Result<DirEntry>`, as Python's `os.scandir` yields entries
//! offending: e.path()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let dirs = vec![".", "/tmp"];
    let paths = comp![e.path() for d in &dirs for e in std::fs::read_dir(d).unwrap()];
    println!("{}", paths.len());
}
