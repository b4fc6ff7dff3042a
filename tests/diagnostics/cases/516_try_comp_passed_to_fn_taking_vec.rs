//! mistake: a `?` comprehension passed straight to a function taking `Vec<f64>`, as `mean([float(x) for x in cols])`
//! offending: x.parse::<f64>()?
//! category: try
use comprehensions::comp;

fn mean(xs: Vec<f64>) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let cols = ["1.5", "2.5"];
    println!("{}", mean(comp![x.parse::<f64>()? for x in cols]));
}
