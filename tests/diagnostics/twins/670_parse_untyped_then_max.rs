//! mistake: parses command-line numbers with `parse()` and no target type, then only asks for the max
//! offending: parse
//! category: type

fn main() {
    let args = vec!["3", "17", "5"];
    let mut nums = Vec::new();
    for a in &args {
        nums.push(a.parse().unwrap());
    }
    println!("max = {:?}", nums.iter().max());
}
