//! mistake: compared an `Intent` enum with `==` without deriving `PartialEq`
//! offending: m.intent == Intent::Greeting
//! category: type

#[derive(Debug, Clone, Copy)]
enum Intent {
    Greeting,
    OrderStatus,
    Goodbye,
}

struct Parsed {
    text: &'static str,
    intent: Intent,
}

fn main() {
    let parsed = vec![
        Parsed { text: "hey!", intent: Intent::Greeting },
        Parsed { text: "where's order 1182", intent: Intent::OrderStatus },
        Parsed { text: "hello again", intent: Intent::Greeting },
        Parsed { text: "cya", intent: Intent::Goodbye },
    ];
    let greetings: Vec<_> = parsed.iter().filter(|m| m.intent == Intent::Greeting).map(|m| m.text).collect();
    println!("{greetings:?}");
}
