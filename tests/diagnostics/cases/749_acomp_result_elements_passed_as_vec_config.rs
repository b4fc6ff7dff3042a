//! mistake: passes the awaited loader results, each still a `Result`, to a function taking `Vec<Config>`
//! offending: load(p).await
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct Config {
    text: String,
}

async fn load(path: &str) -> Result<Config, std::io::Error> {
    Ok(Config { text: std::fs::read_to_string(path)? })
}

fn summarize(configs: Vec<Config>) -> usize {
    configs.iter().map(|c| c.text.len()).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["a.toml", "b.toml"];
    let n = summarize(acomp![load(p).await for p in &paths]);
    println!("{n}");
}
