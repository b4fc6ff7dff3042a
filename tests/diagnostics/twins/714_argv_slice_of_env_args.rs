//! mistake: skips the program name with `std::env::args()[1..]`, Python's `sys.argv[1:]`; `Args` is an iterator and cannot be sliced
//! offending: std::env::args()[1..]
//! category: python-habit

fn main() {
    let mut files = Vec::new();
    for a in std::env::args()[1..] {
        if !a.starts_with('-') {
            files.push(a);
        }
    }
    println!("{files:?}");
}
