//! mistake: used `?` on the `Option` from a standings lookup in a function returning `Result`
//! offending: standings.get(*club)?
//! category: try
use std::collections::HashMap;

fn points_for(standings: &HashMap<String, u32>, clubs: &[&str]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for club in clubs {
        out.push(*standings.get(*club)?);
    }
    Ok(out)
}

fn main() {
    let standings = HashMap::from([("Girona".to_string(), 81), ("Barcelona".to_string(), 85)]);
    println!("{:?}", points_for(&standings, &["Girona", "Barcelona"]));
}
