//! mistake: passed a `u32` config value as the concurrency limit, which must be a `usize`
//! offending: cfg.max_parallel_checks
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_parallel_checks: u32,
}

async fn type_check(file: &str) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(3)).await;
    if file.ends_with("bad.py") { vec![format!("{file}:1: error: incompatible types")] } else { vec![] }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel_checks: 4 };
    let files = vec!["src/lexer.py", "src/parser.py", "src/bad.py"];
    let reports = acomp![type_check(f).await for f in &files; concurrency = cfg.max_parallel_checks];
    println!("{reports:?}");
}
