//! mistake: the `in` of the `for` loop left out while typing
//! offending: text.lines()
//! category: syntax
fn main() {
    let text = "alpha\nbeta\ngamma";
    let mut total: usize = 0;
    for line text.lines() {
        total += line.len();
    }
    println!("{total}");
}
