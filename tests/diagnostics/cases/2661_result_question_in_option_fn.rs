//! mistake: used a `Result`'s `?` inside a comprehension returned from a function returning `Option`
//! offending: ?
//! category: try
use comprehensions::comp;

fn opening_hours(raw: &[&str]) -> Option<Vec<u8>> {
    comp![h.trim().parse::<u8>()? for h in raw]
}

fn main() {
    println!("{:?}", opening_hours(&["8", " 9", "10 "]));
}
