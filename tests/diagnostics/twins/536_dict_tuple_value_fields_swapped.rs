use std::collections::HashMap;

fn main() {
    let groups: Vec<(String, Vec<f64>)> = vec![("a".to_string(), vec![1.0, 2.0])];
    let mut stats: HashMap<String, (usize, f64)> = HashMap::new();
    for (k, v) in &groups {
        let n = v.len();
        let total: f64 = v.iter().sum();
        stats.insert(k.clone(), (total / n as f64, n));
    }
    println!("{stats:?}");
}
