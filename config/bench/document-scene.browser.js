// A document lying on a table, drawn on a canvas: the scene of the photo benchmark's and the
// browser tests' photos (FAQ 12). Plain browser JavaScript; defines `window.documentScene`.
(function defineDocumentScene(scope) {
  const WORDS =
    '常住人口登记卡户主姓名与户主关系性别民族出生日期出生地籍贯公民身份号码住址济南市历下区' +
    '市中区槐荫区天桥区不动产权证书权利人共有情况坐落单元号用途面积使用期限登记机构年月日';

  function randomFrom(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function words(random, count) {
    let text = '';
    for (let i = 0; i < count; i += 1) text += WORDS[Math.floor(random() * WORDS.length)];
    return text;
  }

  function drawTable(ctx, w, h, random) {
    const wood = ctx.createLinearGradient(0, 0, w, h);
    wood.addColorStop(0, '#8a6a4a');
    wood.addColorStop(1, '#5b432e');
    ctx.fillStyle = wood;
    ctx.fillRect(0, 0, w, h);
    for (let i = 0; i < 80; i += 1) {
      const y = random() * h;
      ctx.strokeStyle = `rgba(40,25,10,${0.05 + random() * 0.12})`;
      ctx.lineWidth = Math.max(1, w * 0.002 * (1 + random() * 3));
      ctx.beginPath();
      ctx.moveTo(0, y);
      ctx.bezierCurveTo(w * 0.3, y + (random() - 0.5) * h * 0.05, w * 0.7, y, w, y + h * 0.02);
      ctx.stroke();
    }
  }

  function drawSeal(ctx, x, y, r) {
    ctx.save();
    ctx.strokeStyle = 'rgba(200,30,30,0.8)';
    ctx.fillStyle = 'rgba(200,30,30,0.8)';
    ctx.lineWidth = r * 0.08;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.stroke();
    ctx.font = `${Math.round(r * 0.5)}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('★', x, y);
    ctx.font = `${Math.round(r * 0.22)}px sans-serif`;
    ctx.fillText('户口专用章', x, y + r * 0.55);
    ctx.restore();
  }

  /** A document page (or open booklet) lying on a table, lit unevenly, as a parent shoots it. */
  function drawDocument(ctx, w, h, random) {
    drawTable(ctx, w, h, random);
    const pw = w * 0.86;
    const ph = h * 0.86;
    ctx.save();
    ctx.translate(w / 2, h / 2);
    ctx.rotate((random() - 0.5) * 0.05);
    ctx.shadowColor = 'rgba(0,0,0,0.45)';
    ctx.shadowBlur = w * 0.01;
    ctx.fillStyle = '#f3efe4';
    ctx.fillRect(-pw / 2, -ph / 2, pw, ph);
    ctx.shadowColor = 'transparent';
    ctx.translate(-pw / 2, -ph / 2);
    const unit = Math.min(pw, ph);
    ctx.fillStyle = '#222';
    ctx.font = `bold ${Math.round(unit * 0.045)}px serif`;
    ctx.fillText('常住人口登记卡', pw * 0.33, ph * 0.09);
    ctx.strokeStyle = '#333';
    ctx.lineWidth = Math.max(1, unit * 0.0018);
    const rows = 14;
    const top = ph * 0.14;
    const rowH = (ph * 0.8) / rows;
    for (let r = 0; r <= rows; r += 1) {
      ctx.beginPath();
      ctx.moveTo(pw * 0.05, top + r * rowH);
      ctx.lineTo(pw * 0.95, top + r * rowH);
      ctx.stroke();
    }
    for (const c of [0.05, 0.2, 0.5, 0.65, 0.95]) {
      ctx.beginPath();
      ctx.moveTo(pw * c, top);
      ctx.lineTo(pw * c, top + rows * rowH);
      ctx.stroke();
    }
    const small = Math.round(rowH * 0.42);
    for (let r = 0; r < rows; r += 1) {
      const y = top + r * rowH + rowH * 0.65;
      ctx.font = `${small}px sans-serif`;
      ctx.fillText(words(random, 4), pw * 0.06, y);
      ctx.fillText(words(random, 4), pw * 0.51, y);
      ctx.font = `${Math.round(small * 0.8)}px serif`;
      ctx.fillText(`${words(random, 9)} ${Math.floor(random() * 1e9)}`, pw * 0.21, y);
      ctx.fillText(words(random, 10), pw * 0.66, y);
    }
    ctx.fillStyle = '#9aa3ad';
    ctx.fillRect(pw * 0.78, ph * 0.02, pw * 0.14, ph * 0.1);
    drawSeal(ctx, pw * 0.8, ph * 0.8, unit * 0.09);
    ctx.restore();
    const light = ctx.createRadialGradient(
      w * 0.4,
      h * 0.35,
      0,
      w / 2,
      h / 2,
      Math.hypot(w, h) / 2,
    );
    light.addColorStop(0, 'rgba(255,255,240,0.08)');
    light.addColorStop(1, 'rgba(0,0,0,0.28)');
    ctx.fillStyle = light;
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#d22';
    ctx.fillRect(w * 0.47, 0, w * 0.06, h * 0.015);
  }

  scope.documentScene = { randomFrom, drawDocument };
})(window);
