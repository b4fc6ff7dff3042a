//! mistake: wrote `parse<f64>()` without the turbofish when reading a CSV column
//! offending: parse<f64>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let csv = "date,tmax\n2024-01-01,3.5\n2024-01-02,-1.0\n2024-01-03,0.8\n";
    let tmax = comp![line.split(',').nth(1).unwrap().parse<f64>().unwrap() for line in csv.lines().skip(1)];
    println!("{tmax:?}");
}
