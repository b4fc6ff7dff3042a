//! mistake: comparing `max()` of an iterator chain with an integer (hand-written)
struct Resp {
    status: u16,
    ms: u32,
}

fn main() {
    let resps = vec![Resp { status: 200, ms: 120 }, Resp { status: 500, ms: 900 }];
    let worst = resps.iter().filter(|r| r.status == 200).map(|r| r.ms).max();
    if worst > 500 {
        println!("slow: {worst:?}");
    }
}
