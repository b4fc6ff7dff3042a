//! mistake: a tuple element whose closing parenthesis was not typed yet
//! offending: (y, x
//! category: syntax
fn main() {
    let pts = vec![(1, 2), (3, 4)];
    let swapped: Vec<(i32, i32)> = pts.into_iter().map(|(x, y)| (y, x).collect();
    println!("{swapped:?}");
}
