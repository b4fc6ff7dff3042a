//! mistake: wrote the walrus without parentheses when filtering on a daily mean
//! offending: avg := mean(&d.temps)
//! category: syntax

struct Day {
    date: &'static str,
    temps: Vec<f64>,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let days = vec![
        Day { date: "06-21", temps: vec![18.0, 24.0, 29.0] },
        Day { date: "06-22", temps: vec![15.0, 17.0, 19.0] },
    ];
    let mut warm = Vec::new();
    for d in &days {
        if avg := mean(&d.temps) > 20.0 {
            warm.push((d.date, avg));
        }
    }
    println!("{warm:?}");
}
