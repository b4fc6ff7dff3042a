//! mistake: a fallible comprehension in the closure of `.map(..)` is a `Result` per line, collected as if each `?` had unwound to the caller into `Vec<Vec<f64>>`
//! offending: collect()
//! category: try
use comprehensions::comp;

fn main() {
    let csv = "1.0,2.5\n3,4";
    let table: Vec<Vec<f64>> = csv.lines().map(|l| comp![f.parse::<f64>()? for f in l.split(',')]).collect();
    println!("{table:?}");
}
