//! mistake: returning `&str`s that borrow a String local to the function
//! offending: contents
//! category: ownership
use comprehensions::comp;

fn load() -> String {
    "a=1\n# comment\nb=2".to_string()
}

fn settings<'a>() -> Vec<&'a str> {
    let contents = load();
    comp![l for l in contents.lines() if !l.starts_with('#')]
}

fn main() {
    println!("{:?}", settings());
}
