//! mistake: a `?` on a `Result` (`parse`) after a `?` on an awaited `Option` lookup, in a function that returns `Option`
//! offending: parse::<u16>()?
//! category: try
use comprehensions::acomp;

async fn lookup(key: &str) -> Option<String> {
    if key.starts_with("port") {
        Some("8080".to_string())
    } else {
        None
    }
}

async fn ports(keys: &[&str]) -> Option<Vec<u16>> {
    acomp![lookup(k).await?.parse::<u16>()? for k in keys]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", ports(&["port.http", "port.admin"]).await);
}
