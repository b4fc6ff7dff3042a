//! mistake: used an eager `acomp!` in a plain (non-async) function
//! offending: parse_module(p).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct ModuleAst {
    path: String,
    items: usize,
}

async fn parse_module(path: &str) -> ModuleAst {
    tokio::time::sleep(Duration::from_millis(1)).await;
    ModuleAst { path: path.to_string(), items: path.len() }
}

fn index_workspace(paths: &[&str]) -> Vec<ModuleAst> {
    acomp![parse_module(p).await for p in paths]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let asts = index_workspace(&["main.py", "util/strings.py"]);
    println!("{asts:?}");
}
