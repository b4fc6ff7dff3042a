//! mistake: JavaScript's `===` in a filter condition (hand-written)
struct Resp {
    url: &'static str,
    status: u16,
}

fn main() {
    let resps = vec![Resp { url: "/a", status: 200 }, Resp { url: "/b", status: 404 }];
    let ok: Vec<&str> = resps.iter().filter(|r| r.status === 200).map(|r| r.url).collect();
    println!("{ok:?}");
}
