//! mistake: `?` on the `Option` of `strip_prefix` next to `fetch(..).await?` on a `Result`, in a function returning `Result`
//! offending: u.strip_prefix("https://")?
//! category: try
use std::time::Duration;

#[derive(Debug)]
struct DnsError(String);

async fn resolve(host: &str) -> Result<String, DnsError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if host.is_empty() { Err(DnsError("empty host".into())) } else { Ok(format!("10.0.0.{}", host.len())) }
}

async fn addresses(urls: &[String]) -> Result<Vec<String>, DnsError> {
    let mut out = Vec::new();
    for u in urls {
        out.push(resolve(u.strip_prefix("https://")?).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "http://b.example".to_string()];
    println!("{:?}", addresses(&urls).await);
}
