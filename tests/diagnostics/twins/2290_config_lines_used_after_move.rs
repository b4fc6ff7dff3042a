//! mistake: iterated the config lines by value, then used them again for a summary
//! offending: lines.len()
//! category: ownership

fn read_config() -> Vec<String> {
    ["# sysctl", "vm.swappiness=10", "net.core.somaxconn=4096", ""]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn main() {
    let lines = read_config();
    let mut keys = Vec::new();
    for l in lines {
        if l.contains('=') {
            keys.push(l.split('=').next().unwrap().to_string());
        }
    }
    println!("parsed {} settings from {} lines", keys.len(), lines.len());
}
