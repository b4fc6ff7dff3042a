//! mistake: `?` on an async lookup returning Option inside an async fn returning `Result<_, String>`
//! offending: lookup_port(s).await?
//! category: try
use comprehensions::acomp;

async fn lookup_port(service: &str) -> Option<u16> {
    match service {
        "http" => Some(80),
        _ => None,
    }
}

async fn ports(services: &[&str]) -> Result<Vec<u16>, String> {
    acomp![lookup_port(s).await? for s in services]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", ports(&["http"]).await);
}
