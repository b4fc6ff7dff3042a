//! mistake: binds a window by value, `let w = xs[i..i + k]`, as Python's slice copy `w = xs[i:i+k]`
//! offending: let w = xs[i..i + k]
//! category: type
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 2.0, 4.0, 8.0, 16.0];
    let k = 3;
    let ma: Vec<f64> = comp![w.iter().sum::<f64>() / k as f64 for i in 0..=xs.len() - k let w = xs[i..i + k]];
    println!("{ma:?}");
}
