async fn lookup(host: &str) -> Option<String> {
    if host.contains('.') { Some(format!("10.0.0.{}", host.len())) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db.internal", "localhost", "cache.internal"];
    let mut ips: Vec<String> = Vec::new();
    for h in &hosts {
        if let Some(ip) = lookup(h) {
            ips.push(ip);
        }
    }
    println!("{:?}", ips);
}
