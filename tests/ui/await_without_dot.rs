use comprehensions::{acomp, comp};

async fn fetch(url: &str) -> usize {
    url.len()
}

fn size(url: &str) -> usize {
    url.len()
}

async fn sizes(urls: Vec<&str>) -> Vec<usize> {
    // The `.` of `.await` left out after a call: said so, once (Dart's
    // `x await for x in s`, after a plain value, is `async for`'s hint).
    let _in_comp: Vec<usize> = comp![size(u)await for u in &urls];
    acomp![fetch(u)await for u in urls]
}

fn main() {
    let _ = sizes(Vec::new());
}
