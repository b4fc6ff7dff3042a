//! mistake: `sum / len` divides an f64 by a usize
//! offending: / rows.len()
//! category: python-habit
struct Run {
    ms: f64,
}

fn main() {
    let rows = vec![Run { ms: 12.5 }, Run { ms: 8.0 }];
    let mean = rows.iter().map(|r| r.ms).sum::<f64>() / rows.len();
    println!("{mean}");
}
