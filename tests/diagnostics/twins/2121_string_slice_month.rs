//! mistake: took the `YYYY-MM` month key of an ISO date with Python's slice `date[:7]`
//! offending: s.date[:7]
//! category: python-habit
use std::collections::HashSet;

struct Sale {
    date: String,
    amount: f64,
}

fn main() {
    let sales = vec![
        Sale { date: "2024-01-15".into(), amount: 99.0 },
        Sale { date: "2024-01-31".into(), amount: 15.5 },
        Sale { date: "2024-02-02".into(), amount: 42.0 },
    ];
    let mut months: HashSet<&str> = HashSet::new();
    for s in &sales {
        months.insert(s.date[:7]);
    }
    let total: f64 = sales.iter().map(|s| s.amount).sum();
    println!("{} months, {total} total", months.len());
}
