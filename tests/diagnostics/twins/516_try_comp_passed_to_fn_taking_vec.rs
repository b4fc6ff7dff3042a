//! offending: collect()
fn mean(xs: Vec<f64>) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let cols = ["1.5", "2.5"];
    println!("{}", mean(cols.iter().map(|x| x.parse::<f64>()).collect()));
}
