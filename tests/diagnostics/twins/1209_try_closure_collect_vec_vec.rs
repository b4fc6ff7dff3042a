//! mistake: a closure that collects each line into a `Result`, then collected as `Vec<Vec<f64>>`
//! offending: collect()
//! category: try

fn main() {
    let csv = "1.0,2.5\n3,4";
    let table: Vec<Vec<f64>> = csv.lines().map(|l| l.split(',').map(|f| f.parse::<f64>()).collect::<Result<Vec<f64>, _>>()).collect();
    println!("{table:?}");
}
