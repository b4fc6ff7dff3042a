//! offending: lookup_port(s).await?
async fn lookup_port(service: &str) -> Option<u16> {
    match service {
        "http" => Some(80),
        _ => None,
    }
}

async fn ports(services: &[&str]) -> Result<Vec<u16>, String> {
    let mut out = Vec::new();
    for s in services {
        out.push(lookup_port(s).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", ports(&["http"]).await);
}
