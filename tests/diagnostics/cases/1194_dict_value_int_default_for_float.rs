//! mistake: a dict comprehension over a grid whose value is `v if v > 0.0 else 0`: Python mixes int and float, Rust's `0` is not an `f64`
//! offending: else 0
//! category: python-habit
use comprehensions::comp;

fn main() {
    let heights = vec![vec![1.5, -0.2], vec![0.0, 2.25]];
    let clipped = comp!({(r, c): v if v > 0.0 else 0 for (r, row) in heights.iter().enumerate() for (c, &v) in row.iter().enumerate()});
    println!("{clipped:?}");
}
