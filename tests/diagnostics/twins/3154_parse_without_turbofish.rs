//! mistake: wrote `parse<f64>()` without the turbofish when reading a CSV column
//! offending: parse<f64>()
//! category: syntax

fn main() {
    let csv = "date,tmax\n2024-01-01,3.5\n2024-01-02,-1.0\n2024-01-03,0.8\n";
    let tmax: Vec<f64> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(1).unwrap().parse<f64>().unwrap())
        .collect();
    println!("{tmax:?}");
}
