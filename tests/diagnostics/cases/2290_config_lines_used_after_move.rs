//! mistake: iterated the config lines by value, then used them again for a summary
//! offending: lines.len()
//! category: ownership
use comprehensions::comp;

fn read_config() -> Vec<String> {
    ["# sysctl", "vm.swappiness=10", "net.core.somaxconn=4096", ""]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn main() {
    let lines = read_config();
    let keys = comp![l.split('=').next().unwrap().to_string() for l in lines if l.contains('=')];
    println!("parsed {} settings from {} lines", keys.len(), lines.len());
}
