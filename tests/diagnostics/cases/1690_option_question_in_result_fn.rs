//! mistake: `?` on `split_once`'s `Option` inside a function that returns a `Result`
//! offending: ?
//! category: try
use comprehensions::comp;

fn keys(input: &str) -> Result<Vec<&str>, String> {
    comp![line.split_once('=')?.0 for line in input.lines()]
}

fn main() {
    println!("{:?}", keys("a=1\nb=2"));
}
