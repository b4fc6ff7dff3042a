//! mistake: compared a cast without parentheses, `n as usize < max_tokens`, read as generics
//! offending: as usize <
//! category: syntax

struct Prompt {
    text: &'static str,
    approx_tokens: u32,
}

fn main() {
    let max_tokens: usize = 20;
    let prompts = vec![
        Prompt { text: "Summarize the meeting notes", approx_tokens: 12 },
        Prompt { text: "Write a long story about dragons", approx_tokens: 900 },
    ];
    let mut fitting = Vec::new();
    for p in &prompts {
        if p.approx_tokens as usize < max_tokens {
            fitting.push(p.text);
        }
    }
    println!("{fitting:?}");
}
