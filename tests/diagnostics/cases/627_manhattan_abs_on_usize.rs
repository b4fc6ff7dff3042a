//! mistake: takes abs() of a difference of usize coordinates, as Python's ints are signed
//! offending: abs
//! category: type
use comprehensions::comp;

fn main() {
    let points: Vec<(usize, usize)> = vec![(1, 6), (8, 3), (3, 4)];
    let dists = comp![(a.0 - b.0).abs() + (a.1 - b.1).abs() for a in &points for b in &points];
    println!("{:?}", dists.iter().max());
}
