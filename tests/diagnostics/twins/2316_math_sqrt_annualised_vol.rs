//! mistake: annualised volatility with Python's `math.sqrt(252)` as if `math` were a module in scope
//! offending: math
//! category: python-habit
struct Strategy {
    name: &'static str,
    daily_returns: Vec<f64>,
}

fn std_dev(xs: &[f64]) -> f64 {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    (xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0)).sqrt()
}

fn main() {
    let strategies = vec![
        Strategy { name: "momentum", daily_returns: vec![0.012, -0.004, 0.007, -0.011, 0.003] },
        Strategy { name: "carry", daily_returns: vec![0.001, 0.002, -0.001, 0.0015, 0.0005] },
    ];
    let mut vols = Vec::new();
    for s in &strategies {
        vols.push((s.name, std_dev(&s.daily_returns) * math.sqrt(252.0)));
    }
    for (name, vol) in vols {
        println!("{name}: {:.1}%", vol * 100.0);
    }
}
