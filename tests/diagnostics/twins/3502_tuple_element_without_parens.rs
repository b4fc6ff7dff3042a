//! mistake: wrote a pair element without its parentheses
//! offending: h.name.clone(), h.up
//! category: syntax

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "lb-1".into(), up: true }];
    let mut status: Vec<(String, bool)> = Vec::new();
    for h in &hosts {
        status.push(h.name.clone(), h.up);
    }
    println!("{status:?}");
}
