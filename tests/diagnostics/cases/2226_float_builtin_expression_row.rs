//! mistake: converted the TSV fields with Python's `float(x)` instead of `x.parse::<f64>()`
//! offending: float
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "BRCA1\t2.51\t3.08\t0.00\t7.25";
    let fields: Vec<&str> = line.split('\t').collect();
    let gene = fields[0];
    // Python: values = [float(x) for x in fields[1:]]
    let values: Vec<f64> = comp![float(x) for x in &fields[1..]];
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    println!("{gene}: mean expression {mean:.2}");
}
