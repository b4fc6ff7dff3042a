//! mistake: built summary rows with a Python keyword argument, `region = k`, in the struct literal
//! offending: region = k.clone()
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct RegionSummary {
    region: String,
    total: f64,
    orders: usize,
}

fn main() {
    let mut groups: HashMap<String, Vec<f64>> = HashMap::new();
    for (region, amount) in [("emea", 10.0), ("apac", 4.5), ("emea", 7.25)] {
        groups.entry(region.to_string()).or_default().push(amount);
    }
    // Python: [RegionSummary(region=k, total=sum(v), orders=len(v)) for k, v in groups.items()]
    let summaries: Vec<RegionSummary> =
        comp![RegionSummary { region = k.clone(), total: v.iter().sum(), orders: v.len() } for (k, v) in &groups];
    println!("{summaries:?}");
}
