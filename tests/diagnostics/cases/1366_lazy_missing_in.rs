//! mistake: the `in` of the generator's `for` left out while typing
//! offending: text.lines()
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = "alpha\nbeta\ngamma";
    let lengths = comp!((line.len() for line text.lines()));
    let total: usize = lengths.sum();
    println!("{total}");
}
