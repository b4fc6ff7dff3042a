//! mistake: wrote `async for` over a plain `Vec` of teams, as if every loop in `acomp!` were async
//! offending: &teams
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn form_guide(team: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{team}: WWDLW")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let teams = vec!["Bologna".to_string(), "Atalanta".to_string()];
    let guides = acomp![form_guide(t).await async for t in &teams];
    println!("{guides:?}");
}
