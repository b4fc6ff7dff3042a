//! mistake: binds `avg` in a loop, then computes the average again and never uses `avg`
//! offending: avg
//! category: lint

struct Stat {
    name: &'static str,
    total: u64,
    n: u64,
}

fn main() {
    let stats = vec![Stat { name: "a", total: 10, n: 4 }, Stat { name: "b", total: 9, n: 3 }];
    let mut report = Vec::new();
    for s in &stats {
        let avg = s.total as f64 / s.n as f64;
        report.push(format!("{} {:.1}", s.name, s.total as f64 / s.n as f64));
    }
    println!("{report:?}");
}
