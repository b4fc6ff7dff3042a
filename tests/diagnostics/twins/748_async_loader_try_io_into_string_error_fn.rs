//! mistake: propagates an async loader's `io::Error` with `?` from a function returning `Result<_, String>`
//! offending: await?
//! category: try
#[derive(Debug)]
struct Config {
    text: String,
}

async fn load(path: &str) -> Result<Config, std::io::Error> {
    Ok(Config { text: std::fs::read_to_string(path)? })
}

async fn load_all(paths: &[&str]) -> Result<Vec<Config>, String> {
    let mut out = Vec::new();
    for p in paths {
        out.push(load(p).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load_all(&["a.toml", "b.toml"]).await);
}
